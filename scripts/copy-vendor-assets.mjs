// Self-hosts the browser libraries the pages load at run time (nothing comes from a CDN):
// Monaco's min/vs into public/vs, Swagger UI's bundle into public/swagger-ui (its CSS is imported).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const publicDir = path.resolve(import.meta.dirname, '..', 'public');

/** A package's root folder, found from its main entry (some exports maps hide package.json). */
function packageDir(name) {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function replace(target, copy) {
  fs.rmSync(target, { recursive: true, force: true });
  copy();
  console.log(`copied to ${path.relative(process.cwd(), target)}`);
}

const monaco = path.join(packageDir('monaco-editor'), 'min', 'vs');
replace(path.join(publicDir, 'vs'), () => fs.cpSync(monaco, path.join(publicDir, 'vs'), { recursive: true }));

const swagger = packageDir('swagger-ui-dist');
replace(path.join(publicDir, 'swagger-ui'), () => {
  fs.mkdirSync(path.join(publicDir, 'swagger-ui'), { recursive: true });
  for (const file of ['swagger-ui-bundle.js', 'LICENSE']) {
    fs.copyFileSync(path.join(swagger, file), path.join(publicDir, 'swagger-ui', file));
  }
});
