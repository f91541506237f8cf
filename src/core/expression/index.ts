export * from './bodyText';
export * from './formatJavaDate';
export * from './parseExpression';
export * from './evaluateExpression';
export * from './parseCondition';
export * from './evaluateCondition';
export * from './xpathCondition';
export * from './parseNamespaceMapping';
