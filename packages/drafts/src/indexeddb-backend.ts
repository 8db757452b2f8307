import { clear, createStore, del, delMany, get, getMany, set, type UseStore } from 'idb-keyval'
import { parseDraftRecord, type DraftRecord } from './draft-record'

/** One draft in its own IndexedDB database: the record under `record`, each file under `file:<key>`. */
export interface IndexedDbBackend {
  readRecord(): Promise<DraftRecord | undefined>
  /** `false` when IndexedDB refused (missing, blocked, quota). */
  writeRecord(record: DraftRecord): Promise<boolean>
  readFiles(keys: readonly string[]): Promise<Array<Blob | undefined>>
  writeFile(key: string, file: Blob): Promise<boolean>
  deleteFiles(keys: readonly string[]): Promise<void>
  clear(): Promise<void>
}

const RECORD_KEY = 'record'
const fileKey = (key: string): string => `file:${key}`

/** Runs an IndexedDB call; any refusal (no IndexedDB, private mode, quota) becomes `fallback`. */
async function attempt<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work()
  } catch {
    return fallback
  }
}

/** The draft `name` in IndexedDB, through idb-keyval. Never rejects: a refusal reads as "nothing stored". */
export function indexedDbBackend(name: string): IndexedDbBackend {
  let store: UseStore | undefined
  // Opened on first use: createStore throws at once where IndexedDB does not exist.
  const db = (): UseStore => (store ??= createStore(`tweet-media-draft:${name}`, 'draft'))
  return {
    readRecord: () => attempt(async () => parseDraftRecord(await get(RECORD_KEY, db())), undefined),
    writeRecord: (record) => attempt(async () => (await set(RECORD_KEY, record, db()), true), false),
    readFiles: (keys) =>
      attempt(async () => {
        const files = await getMany(keys.map(fileKey), db())
        return files.map((file) => (file instanceof Blob ? file : undefined))
      }, keys.map(() => undefined)),
    writeFile: (key, file) => attempt(async () => (await set(fileKey(key), file, db()), true), false),
    deleteFiles: (keys) => attempt(() => (keys.length === 1 ? del(fileKey(keys[0] as string), db()) : delMany(keys.map(fileKey), db())), undefined),
    clear: () => attempt(() => clear(db()), undefined),
  }
}
