// Rule packs: load, validate, evaluate, test. The CLI lists rule metadata straight from LoadedPack.rules.
export { loadPack, loadBuiltinPacks, builtinRulesDir, packClauseTypes, type LoadedPack, type LoadedRule } from './loader.js';
export { evaluate, activeRules, clauseLabel, type EvaluateOptions } from './evaluate.js';
export { explain, renderExplanation, type ExplainResult, type RuleExplanation, type ConditionExplanation, type SeenValue, type SeenClause } from './explain.js';
export { testPack, testLoadedPack, type PackTestResult, type CaseResult } from './pack-tester.js';
export { Rule, PackManifest, Condition, ClauseQuery, CasesFile, TestCase, type RuleSpec, type RuleInput } from './schema.js';
export { FACTS, OPERATORS, TEMPLATE_BUILTINS, type FactSpec, type OperatorSpec } from './catalogue.js';
