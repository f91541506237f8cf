import { createMemoryRepository } from './memoryRepository';
import { describeRepositoryContract } from './repositoryContract';

describeRepositoryContract('in-memory', async () => createMemoryRepository());
