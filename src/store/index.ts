// An external SPARQL 1.1 store: publishing the graph into it, and serving queries from it.
export { credentialsFrom, SparqlStore, StoreWriter, storeError } from './client.ts';
export { acceptFor, type Conversion, convertAnswer } from './convert.ts';
export { answerChallenge, type Credentials } from './http.ts';
export { type GraphToPublish, graphsToPublish, type PublishMethod, type PublishOptions, publish } from './publish.ts';
export { type RemoteHelpers, type RemotePlan, RemoteRunner, type RemoteRunnerOptions } from './runner.ts';
export { type Snapshot, snapshotStore } from './snapshot.ts';
