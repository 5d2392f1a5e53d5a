import { startReader } from './reader.ts';

void startReader();
