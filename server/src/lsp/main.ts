/**
 * Entry of `dist/server.js`: `node dist/server.js --stdio` (the transport comes from argv, as
 * vscode-languageserver reads it).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
import { refuseAfterShutdown } from './after-shutdown'
import { startServer } from './server'

const connection = createConnection(ProposedFeatures.all)

// A bug in one handler must cost one answer, never the server: log it and keep serving.
process.on('uncaughtException', (error) => {
  connection.console.error(`Unexpected error: ${error.stack ?? String(error)}`)
})
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unexpected rejection: ${String(reason)}`)
})

startServer(refuseAfterShutdown(connection))
connection.listen()
