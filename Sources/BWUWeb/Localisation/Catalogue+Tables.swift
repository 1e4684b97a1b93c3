extension Catalogue {
    // Each language's words come in parts, one file per area of the product, joined once here.
    static let english = englishCore.merging(englishProduction) { first, _ in first }
    static let danish = danishCore.merging(danishProduction) { first, _ in first }
    static let ukrainian = ukrainianCore.merging(ukrainianProduction) { first, _ in first }
}
