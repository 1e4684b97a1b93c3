/// Supply-chain resilience analysis on bwu-plan/1 models (see issue: resilience and origin analysis).
public enum Resilience {}
