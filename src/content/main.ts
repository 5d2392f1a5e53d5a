import { startReader } from './reader.ts';

startReader();
