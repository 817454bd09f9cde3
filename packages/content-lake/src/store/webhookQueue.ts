import type { Db } from './db'

/** A webhook delivery waiting in (or done with) the queue. */
export interface Delivery {
  id: number
  webhook: string
  dataset: string
  documentId: string
  transactionId: string
  operation: string
  body: string
  idempotencyKey: string
  createdAt: string
  attempts: number
}

/** A delivery to be queued. */
export type NewDelivery = Omit<Delivery, 'id' | 'attempts'>

interface DeliveryRow {
  id: number
  webhook: string
  dataset: string
  document_id: string
  transaction_id: string
  operation: string
  body: string
  idempotency_key: string
  created_at: string
  attempts: number
}

/** The persisted webhook queue: deliveries survive restarts until they succeed or are given up. */
export class WebhookQueue {
  private readonly insertStmt
  private readonly dueStmt
  private readonly nextStmt
  private readonly updateStmt
  private readonly attemptStmt
  private readonly attemptsStmt

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO webhook_deliveries (webhook, dataset, document_id, transaction_id, operation, body, idempotency_key, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.dueStmt = db.prepare(
      "SELECT * FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
    )
    this.nextStmt = db
      .prepare("SELECT min(next_attempt_at) FROM webhook_deliveries WHERE state = 'pending'")
      .pluck()
    this.updateStmt = db.prepare(
      'UPDATE webhook_deliveries SET attempts = ?, next_attempt_at = ?, state = ? WHERE id = ?',
    )
    this.attemptStmt = db.prepare(
      'INSERT INTO webhook_attempts (delivery_id, attempt, status, ms, error, at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    this.attemptsStmt = db.prepare(
      'SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt',
    )
  }

  /** Queues a delivery, due now. */
  enqueue(delivery: NewDelivery): void {
    const d = delivery
    this.insertStmt.run(
      d.webhook,
      d.dataset,
      d.documentId,
      d.transactionId,
      d.operation,
      d.body,
      d.idempotencyKey,
      d.createdAt,
      Date.now(),
    )
  }

  /** Pending deliveries due at `now`, oldest first. */
  due(now: number, limit: number): Delivery[] {
    return (this.dueStmt.all(now, limit) as DeliveryRow[]).map((row) => ({
      id: row.id,
      webhook: row.webhook,
      dataset: row.dataset,
      documentId: row.document_id,
      transactionId: row.transaction_id,
      operation: row.operation,
      body: row.body,
      idempotencyKey: row.idempotency_key,
      createdAt: row.created_at,
      attempts: row.attempts,
    }))
  }

  /** When the next pending delivery is due (ms since epoch), if any. */
  nextDueAt(): number | undefined {
    const value = this.nextStmt.get()
    return typeof value === 'number' ? value : undefined
  }

  /** Records an attempt and the delivery's new state. */
  recordAttempt(
    id: number,
    attempt: { number: number; status: number | null; ms: number; error: string | null },
    next: { state: 'pending' | 'delivered' | 'failed'; at: number },
  ): void {
    this.attemptStmt.run(
      id,
      attempt.number,
      attempt.status,
      attempt.ms,
      attempt.error,
      new Date().toISOString(),
    )
    this.updateStmt.run(attempt.number, next.at, next.state, id)
  }

  /** The attempts logged for a delivery. */
  attempts(
    id: number,
  ): Array<{ attempt: number; status: number | null; ms: number; error: string | null }> {
    return this.attemptsStmt.all(id) as Array<{
      attempt: number
      status: number | null
      ms: number
      error: string | null
    }>
  }
}
