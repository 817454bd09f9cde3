import { Button, Card, Code, Heading, Stack, Text } from '@sanity/ui'
import { useEffect, useState, type ComponentType } from 'react'
import type { LoginComponentProps } from 'sanity'
import type { LocalAuthStatus, LocalAuthStore } from './authStore'
import type { LocalLakeProblem } from './fetchSession'

const HEADINGS: Record<LocalLakeProblem, string> = {
  unreachable: 'The local Content Lake is not reachable',
  'no-session': 'The local Content Lake gave the Studio no session',
}

/** Follows the store's status in React state. */
function useLocalAuthStatus(store: LocalAuthStore): LocalAuthStatus | undefined {
  const [status, setStatus] = useState<LocalAuthStatus>()
  useEffect(() => {
    const subscription = store.status.subscribe(setStatus)
    return () => subscription.unsubscribe()
  }, [store])
  return status
}

/**
 * The Studio's sign-in screen in local mode. There is nothing to sign in to; it explains why the
 * local Content Lake gave no session and offers to ask again.
 */
export function createLocalSignIn(store: LocalAuthStore): ComponentType<LoginComponentProps> {
  return function LocalSignIn() {
    const status = useLocalAuthStatus(store)
    const unavailable = status?.kind === 'unavailable' ? status : undefined
    return (
      <Card
        padding={4}
        radius={2}
        tone={unavailable ? 'critical' : 'default'}
        data-testid="local-lake-sign-in"
      >
        <Stack space={4}>
          <Heading as="h1" size={1}>
            {unavailable ? HEADINGS[unavailable.problem] : 'Signed out of the local Content Lake'}
          </Heading>
          {unavailable ? (
            <Stack space={3}>
              <Text size={1}>{unavailable.message}</Text>
              <Text size={1} muted>
                Start it from the repository root, then try again:
              </Text>
              <Code size={1}>npm start</Code>
            </Stack>
          ) : (
            <Text size={1} muted>
              This Studio edits the local Content Lake as its local editor. Sign in again to
              continue.
            </Text>
          )}
          <Button
            text={unavailable ? 'Try again' : 'Sign in'}
            tone="primary"
            onClick={store.signIn}
          />
        </Stack>
      </Card>
    )
  }
}
