/** The executable's entry: the only module that touches `process`. */
import { nodeIo } from '../core/io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo(process));
