/// Short constructors for the elements the pages use, so a page reads like its markup.
/// Attributes come first as a list; children follow in a result builder.
public func el(_ name: String, _ attributes: [Attribute] = [], @NodeBuilder _ children: () -> [Node] = { [] }) -> Node {
    .element(name, attributes, children())
}

public func text(_ value: String) -> Node { .text(value) }

/// `class` attribute.
public func cls(_ value: String?) -> Attribute { Attribute("class", value) }

public func id(_ value: String) -> Attribute { Attribute("id", value) }

public func href(_ value: String) -> Attribute { Attribute("href", value) }

public func input(_ attributes: [Attribute]) -> Node { .void("input", attributes) }

@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ value: String) -> [Node] { [.text(value)] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first: [Node]) -> [Node] { first }
    public static func buildEither(second: [Node]) -> [Node] { second }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}
