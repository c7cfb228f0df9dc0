// Runs a command with DATABASE_URL pointing at the portal's database (DATABASE_URL as given,
// or the embedded PostgreSQL of .data/pg, started for the command and stopped after it).
//   tsx scripts/with-db.ts -- <command…>
import { spawn } from "node:child_process";
import { resolveDatabase, takeOverSignals } from "./lib/database";

async function main() {
  const separator = process.argv.indexOf("--");
  const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
  const [bin, ...args] = command;
  if (!bin) {
    console.error("usage: tsx scripts/with-db.ts -- <commande> [arguments…]");
    process.exit(2);
  }
  const database = await resolveDatabase((line) => console.error(`[base] ${line}`));
  const child = spawn(bin, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
  // Forward the signal; the database stops once the command has exited.
  takeOverSignals((signal) => child.kill(signal));
  child.once("exit", (code) => {
    void database.stop().then(() => process.exit(code ?? 1));
  });
}

void main();
