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

# every other subcommand, from the installed bin
mb() { npx --no-install medbudget "$@"; }
mb --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' || { echo "medbudget --version"; exit 1; }
mb read "$root/test/fixtures/pdf/sample-000.pdf" --out read.json 2>read.log || { cat read.log; exit 1; }
node -e "const d = JSON.parse(require('fs').readFileSync('read.json', 'utf8')); if (d.format !== 'medbudget/disclosure@1') process.exit(1)"
mb tables 001.json --format csv --out tables >/dev/null
[ -n "$(ls tables)" ] || { echo "medbudget tables wrote nothing"; exit 1; }
mb facts 001.json --out facts.csv --quiet
[ "$(wc -l <facts.csv)" -gt 100 ] || { echo "medbudget facts wrote too few rows"; exit 1; }
mb codes 2101501 | grep -q '行政运行' || { echo "medbudget codes"; exit 1; }
mb glossary 三公经费 | grep -q '三公' || { echo "medbudget glossary"; exit 1; }
mb schema check | node -e "JSON.parse(require('fs').readFileSync(0, 'utf8'))"
echo "bin: version, read, tables, facts, codes, glossary and schema from the installed package"
