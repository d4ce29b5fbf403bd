#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, install the tarball into an empty project, then import
# every entry from ESM and CommonJS and run the `medbudget` bin on a JSON document and on a PDF.
# Uses only what `npm ci` already put in npm's cache (zod, pdfjs-dist): run after `npm ci` and a build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
pdfjs="$(node -p "require('$root/node_modules/pdfjs-dist/package.json').version")"
zod="$(node -p "require('$root/node_modules/zod/package.json').version")"
npm install --prefer-offline --no-audit --no-fund --silent "$work/$tarball" "zod@$zod" "pdfjs-dist@$pdfjs"

entries=(. functional economic money model tables reconcile glossary samples read)
for e in "${entries[@]}"; do
  spec="@medbudget/core${e#.}"; [ "$e" = . ] || spec="@medbudget/core/$e"
  node --input-type=module -e "const m = await import('$spec'); if (Object.keys(m).length === 0) process.exit(1)"
  node -e "const m = require('$spec'); if (Object.keys(m).length === 0) process.exit(1)"
done
echo "imports: ${#entries[@]} entries from ESM and CJS"

node --input-type=module -e "
import { loadSample } from '@medbudget/core/samples'
import { serializeDisclosure } from '@medbudget/core'
import { writeFileSync } from 'node:fs'
writeFileSync('001.json', serializeDisclosure(loadSample('001')))"
set +e
npx --no-install medbudget check 001.json --quiet; json_status=$?
npx --no-install medbudget check "$root/test/fixtures/pdf/sample-000.pdf" --quiet --format json >check.jsonl; pdf_status=$?
set -e
# 0: no contradiction, 1: contradictions found; 2 would mean the file could not be read
[ "$json_status" -le 1 ] || { echo "medbudget check 001.json exited $json_status"; exit 1; }
[ "$pdf_status" -le 1 ] || { echo "medbudget check sample-000.pdf exited $pdf_status"; cat check.jsonl; exit 1; }
grep -q '"status":"checked"' check.jsonl || { echo "the PDF was not checked"; cat check.jsonl; exit 1; }
echo "bin: medbudget check on JSON (exit $json_status) and on a PDF (exit $pdf_status)"
