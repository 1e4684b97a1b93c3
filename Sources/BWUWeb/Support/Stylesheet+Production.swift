extension Stylesheet {
    /// The production and planning charts. Late, short and full use the colours of "bad" and
    /// are also told apart by the legend text and each mark's title, never by colour alone.
    static let production = """
    .track{fill:#eef2f6;stroke:#9aa5b1;stroke-width:1}.key.track{background:#eef2f6;border:1px solid #9aa5b1}
    .dp-accepted{fill:var(--good);background:var(--good)}.dp-awaiting{fill:var(--c-available);background:var(--c-available)}
    .dp-refused{fill:var(--bad);background:var(--bad)}
    .tl-due{fill:#fff8d6;stroke:var(--warn);stroke-width:1.5;stroke-dasharray:3 2}.key.tl-due{background:#fff8d6;border:1px dashed var(--warn)}
    .tl-ontime{fill:var(--good);background:var(--good)}.tl-late{fill:var(--c-committed);background:var(--c-committed)}
    .svg-chart .tl-short-text{fill:var(--bad);font-weight:700}
    .hm-0{fill:#f1f3f5;background:#f1f3f5;border:1px solid #c9d1da}.hm-1{fill:#cfe2f7;background:#cfe2f7}.hm-2{fill:#7fb0e6;background:#7fb0e6}
    .hm-3{fill:#2f6fb8;background:#2f6fb8}.hm-4{fill:var(--bad);background:var(--bad)}
    .facility{border-top:2px solid var(--line);margin-top:1.5rem}
    """
}

extension Stylesheet {
    static let resilience = """
    .tl-threshold{stroke:var(--ink);stroke-width:2;stroke-dasharray:4 3}
    """
}
