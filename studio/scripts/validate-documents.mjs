#!/usr/bin/env node
// Validates NDJSON files of documents against the Studio's own schema and validation rules,
// offline: `sanity documents validate` needs a login, so this runs the same `validateDocument`
// from the `sanity` package with the Studio's schema types. References and slug uniqueness are
// checked against the documents of the same file (groq-js answers the validators' queries).
//
//   node --import tsx scripts/validate-documents.mjs a.ndjson [b.ndjson ...]
//
// Prints one JSON object: {"<file>": [{documentId, documentType, path, level, message}, ...]}.
import { readFileSync } from 'node:fs'
import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument } from 'sanity'
import { API_VERSION } from '@repo/content/api-version'
import { schemaTypes } from '../schemaTypes/index.ts'

const schema = createSchema({ name: 'default', types: schemaTypes })

/** A stand-in for the client that custom validators get: queries run on the file's documents. */
function datasetClient(dataset) {
  const client = {
    async fetch(query, params = {}) {
      const result = await evaluate(parse(query, { params }), { dataset, params })
      return result.get()
    },
    withConfig: () => client,
    config: () => ({ dataset: 'seed', projectId: 'local', apiVersion: `v${API_VERSION}` }),
  }
  return client
}

/** `["body", {_key: "a1"}, "children", 0]` as `body[3].children[0]`, resolving keys to indices. */
function pathText(document, path) {
  let value = document
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'string') {
      text += text === '' ? segment : `.${segment}`
      value = value?.[segment]
      continue
    }
    const index =
      typeof segment === 'number'
        ? segment
        : Array.isArray(value)
          ? value.findIndex((item) => item?._key === segment?._key)
          : -1
    text += index >= 0 ? `[${index}]` : `[_key=="${segment?._key}"]`
    value = Array.isArray(value) ? value[index] : undefined
  }
  return text || '(document)'
}

async function validateFile(file) {
  const documents = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
  const ids = new Set(documents.map((doc) => doc._id))
  const client = datasetClient(documents)
  const workspace = { schema, getClient: () => client }
  const markers = []
  for (const document of documents) {
    const found = await validateDocument({
      document,
      workspace,
      environment: 'cli',
      getDocumentExists: async ({ id }) => ids.has(id),
    })
    for (const marker of found) {
      markers.push({
        documentId: document._id,
        documentType: document._type,
        path: pathText(document, marker.path),
        level: marker.level,
        message: marker.message,
      })
    }
  }
  return markers
}

const report = {}
for (const file of process.argv.slice(2)) report[file] = await validateFile(file)
process.stdout.write(`${JSON.stringify(report)}\n`)
