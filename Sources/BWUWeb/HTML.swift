/// Server-rendered HTML for bwu's web pages: pure functions from view models to markup.
public enum HTML {}
