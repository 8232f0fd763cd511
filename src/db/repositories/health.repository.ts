import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** Whether the database answers a trivial query (readiness); throws when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`SELECT 1`);
}
