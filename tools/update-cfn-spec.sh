#!/usr/bin/env bash
# Rebuilds the CloudFormation resource specification shipped in the parsers jar from the npm
# package @aws-cdk/aws-service-spec (Apache-2.0) plus tools/sam-spec.json (hand-maintained SAM types).
#
#   tools/update-cfn-spec.sh            # latest published version
#   tools/update-cfn-spec.sh 0.1.216    # a given version
#
# Needs bash, node and npm. Keeps resource types, their attributes and properties (type,
# required flag) and the nested property types, no documentation, and writes
# parsers/src/main/resources/lintel/data/cfn-spec.txt.gz; the format is described in
# dev.lintel.parse.data.CfnSpec. After an update, CfnSpecTest's pinned counts change.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-latest}"
out="$root/parsers/src/main/resources/lintel/data/cfn-spec.txt.gz"
sam="$root/tools/sam-spec.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null 2>&1 \
  && npm install --no-audit --no-fund --silent "@aws-cdk/aws-service-spec@$version" >/dev/null)
pkgdir="$work/node_modules/@aws-cdk/aws-service-spec"
installed="$(node -p "require('$pkgdir/package.json').version")"
published="$(cd "$work" && npm view "@aws-cdk/aws-service-spec@$installed" time --json 2>/dev/null \
  | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{try{console.log((JSON.parse(s)['$installed']||'').slice(0,10))}catch(e){console.log('')}})")"
mkdir -p "$(dirname "$out")"

node - "$pkgdir" "$sam" "$out" "$published" <<'JS'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const [pkgDir, samFile, outFile, published] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(pkgDir, 'db.json.gz')))).schema;
const sam = JSON.parse(fs.readFileSync(samFile, 'utf8'));
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const NAME = /^[A-Za-z0-9_]+$/;
const clean = s => {
  if (!/^[A-Za-z0-9_.:]+$/.test(s)) throw new Error('unexpected characters in ' + JSON.stringify(s));
  return s;
};

const typeDefs = new Map(db.typeDefinition.entities.map(t => [t.$id, t]));
const PRIMITIVES = { string: 's', integer: 'i', number: 'n', boolean: 'b', json: 'j', 'date-time': 'd', tag: 't' };

/** Type grammar: s i n b j d t | L<type> | M<type> | @Name | (<type>|<type>...). */
function encode(t, used) {
  if (PRIMITIVES[t.type]) return PRIMITIVES[t.type];
  switch (t.type) {
    case 'array': return 'L' + encode(t.element, used);
    case 'map': return 'M' + encode(t.element, used);
    case 'ref': {
      const def = typeDefs.get(t.reference.$ref);
      if (!def || !NAME.test(def.name)) throw new Error('bad type reference ' + JSON.stringify(t));
      used.add(def.$id);
      return '@' + def.name;
    }
    case 'union': {
      const alts = [...new Set(t.types.map(x => encode(x, used)))];
      return alts.length === 1 ? alts[0] : '(' + alts.join('|') + ')';
    }
    default: throw new Error('unknown type ' + JSON.stringify(t));
  }
}

function properties(props, used, lines) {
  for (const name of Object.keys(props).sort(byName)) {
    const p = props[name];
    lines.push(`P\t${clean(name)}\t${encode(p.type, used)}${p.required ? '\tr' : ''}`);
  }
}

const resources = db.resource.entities.filter(r => !sam.resources[r.cloudFormationType]);
const samNames = Object.keys(sam.resources);
const lines = [
  'lintel-cfn-spec\t1',
  `source\t@aws-cdk/aws-service-spec\t${pkg.version}\t${published}\tApache-2.0`,
  `sam\ttools/sam-spec.json\t${sam.updated}`,
  `generated\t${new Date().toISOString().slice(0, 10)}`,
];
let nProps = 0;
let nTypes = 0;
const all = resources.map(r => r.cloudFormationType).concat(samNames).sort(byName);
const cfn = new Map(resources.map(r => [r.cloudFormationType, r]));
for (const type of all) {
  const s = sam.resources[type];
  if (s) {
    const pkgRes = db.resource.entities.find(r => r.cloudFormationType === type);
    const names = new Set(s.properties.concat(pkgRes ? Object.keys(pkgRes.properties) : []));
    const from = s.attributesFrom ? cfn.get(s.attributesFrom) : null;
    if (s.attributesFrom && !from) throw new Error(`${type}: attributesFrom ${s.attributesFrom} unknown`);
    const attrs = from ? Object.keys(from.attributes).sort(byName) : [];
    lines.push(`R\t${type}\t${attrs.map(clean).join(',')}\tsam`);
    for (const name of [...names].sort(byName)) {
      lines.push(`P\t${clean(name)}\tj${s.required.includes(name) ? '\tr' : ''}`);
      nProps++;
    }
    continue;
  }
  const r = cfn.get(type);
  const attrs = Object.keys(r.attributes).sort(byName).map(clean).join(',');
  lines.push(`R\t${clean(type)}\t${attrs}`);
  const used = new Set();
  properties(r.properties, used, lines);
  nProps += Object.keys(r.properties).length;
  const done = new Set();
  const defs = [];
  while (used.size > done.size) {
    for (const id of used) {
      if (done.has(id)) continue;
      done.add(id);
      const def = typeDefs.get(id);
      const block = [`T\t${def.name}`];
      properties(def.properties, used, block);
      defs.push([def.name, block]);
    }
  }
  defs.sort((a, b) => byName(a[0], b[0]));
  for (const [name, block] of defs) {
    if (defs.filter(d => d[0] === name).length > 1) throw new Error(`${type}: two nested types named ${name}`);
    lines.push(...block);
  }
  nTypes += defs.length;
}

const text = lines.join('\n') + '\n';
fs.writeFileSync(outFile, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
const size = fs.statSync(outFile).size;
console.log(`@aws-cdk/aws-service-spec ${pkg.version} (${published}) + SAM ${sam.updated}: `
  + `${all.length} resource types, ${nProps} properties, ${nTypes} nested types; `
  + `${path.relative(process.cwd(), outFile)} ${(text.length / 1024).toFixed(0)} KiB text, ${(size / 1024).toFixed(0)} KiB gzipped`);
JS
