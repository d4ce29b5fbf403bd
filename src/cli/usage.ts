/** Help texts of the command line, in Chinese and English. @module */

/**
 * The help of `medbudget` (both languages). Each command's options are listed under it, and
 * `test/cli/usage.test.ts` checks them against the options the command parses (src/cli/options.ts).
 */
export const USAGE = `medbudget — 部门预算/决算公开核对工具 / checks Chinese department budget and final-account disclosures

用法 / usage:
  medbudget check <文件或文件夹…>   核对（PDF、提取的文本、披露 JSON）/ check PDFs, extracted text, disclosure JSON
      --format text|md|html|json   输出格式（默认 text）/ output format (default text)
      --lang zh|en|both            报告语言（默认 zh）/ report language (default zh)
      --out DIR                    每份文件一个报告，外加索引页 / one report per document plus an index page
      --jobs N                     并行线程数（默认 CPU 核数）/ worker threads (default: the machine's cores)
      --timeout SECONDS            每份文件的时限（默认 120）/ time limit per document (default 120)
      --tails                      列出尾差 / list rounding tails too
      --quiet                      不显示进度 / no progress on stderr
  medbudget read <文件>            输出披露 JSON / the disclosure as JSON
      --format json                输出格式（仅 json）/ output format (json only)
      --out FILE                   写入文件而非标准输出 / write to FILE instead of stdout
      --timeout SECONDS            读取时限（默认 120）/ time limit (default 120)
      --quiet                      不显示读取提示 / no reading diagnostics on stderr
  medbudget tables <文件>          标准表格 / the standard tables as printed
      --format csv|md|html|xlsx|text   输出格式（默认 text）/ output format (default text)
      --out DIR                    每张表一个文件（xlsx 必需）/ one file per table (needed for xlsx)
      --timeout SECONDS            读取时限（默认 120）/ time limit (default 120)
      --quiet                      不显示读取提示 / no reading diagnostics on stderr
  medbudget facts <文件或文件夹…>   每个印刷数字一行（长表）/ every printed figure, one row per cell
      --out facts.csv|facts.jsonl|DIR   输出文件（fdp 为文件夹）/ output file (a folder for fdp)
      --format csv|jsonl|fdp       输出格式（默认按 --out 扩展名，否则 csv）/ output format (default: from --out, else csv)
      --jobs N                     并行线程数（默认 CPU 核数）/ worker threads (default: the machine's cores)
      --timeout SECONDS            每份文件的时限（默认 120）/ time limit per document (default 120)
      --quiet                      不显示进度 / no progress on stderr
  medbudget codes <编码或名称…>     查科目 / look up classification codes
      --year YYYY                  目录年份 / catalog year
      --format text|json           输出格式（默认 text）/ output format (default text)
  medbudget glossary <术语…>        查术语 / look up terms
      --lang zh|en|both            语言（默认 zh）/ language (default zh)
      --format text|json           输出格式（默认 text）/ output format (default text)
  medbudget schema check|disclosure|facts   输出 JSON Schema / print a JSON Schema
  medbudget --version | --help

退出码 / exit status: 0 无矛盾 nothing contradicts · 1 有矛盾 contradictions found · 2 无法读取或用法错误 unreadable input or bad usage
`
