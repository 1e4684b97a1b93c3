/// The one stylesheet, served by the server at ``WebRoute/stylesheet``. Colours meet WCAG AA
/// contrast on their backgrounds; focus is always visible; the layout reflows to phone width.
public enum Stylesheet {
    public static let css = base + production + resilience

    static let base = """
    :root{--ink:#1b1f24;--muted:#4a5360;--line:#c9d1da;--bg:#f6f8fa;--brand:#0b2545;--blue:#0057b7;--yellow:#ffd700;
    --good:#0f6b3a;--bad:#a4161a;--warn:#7a4d00;--info:#0b4f9c;--focus:#ffbf47;
    --c-available:#0057b7;--c-committed:#b35c00;--c-disbursed:#0f6b3a;--c-submitted:#8a6d00}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
    a{color:var(--info)}a:hover{text-decoration-thickness:2px}
    :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
    .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}.skip:focus{left:.5rem}
    header.top{background:var(--brand);color:#fff;border-bottom:4px solid var(--yellow)}
    header.top a{color:#fff}
    .bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding:.6rem 1rem}
    .brand{font-weight:700;text-decoration:none;display:flex;align-items:center;gap:.5rem}
    .flag{display:inline-block;width:1.4rem;height:1rem;background:linear-gradient(var(--blue) 50%,var(--yellow) 50%);border-radius:2px}
    .session{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;font-size:.9rem}
    .link-button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:.2rem .7rem;font:inherit;cursor:pointer}
    nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
    .main-nav{padding:0 1rem}.main-nav a{display:block;padding:.5rem .8rem;text-decoration:none;border-radius:4px 4px 0 0}
    .main-nav a[aria-current=page]{background:var(--bg);color:var(--brand);font-weight:700}
    .languages{padding:.25rem 1rem .5rem;font-size:.9rem}.languages a{padding:.1rem .5rem}
    .languages a[aria-current=true]{font-weight:700;text-decoration:none;border-bottom:2px solid var(--yellow)}
    main{max-width:72rem;margin:0 auto;padding:1rem 1rem 3rem}
    h1{font-size:1.7rem;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
    footer{border-top:1px solid var(--line);padding:1rem;color:var(--muted);font-size:.85rem;text-align:center}
    .notice{background:#e3f1e8;border-left:4px solid var(--good);padding:.6rem 1rem}
    .error-summary{background:#fbe9ea;border-left:4px solid var(--bad);padding:.6rem 1rem}
    .cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem}
    .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;display:flex;flex-direction:column}
    .card-label{color:var(--muted);font-size:.9rem}.card-value{font-size:1.2rem;font-weight:700;font-variant-numeric:tabular-nums}
    .chart{background:#fff;border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:1rem;overflow-x:auto}
    .svg-chart{width:100%;height:auto;min-width:30rem}
    .svg-chart .grid{stroke:#e1e6eb}.svg-chart .axis,.svg-chart .label,.svg-chart .value{font-size:12px;fill:var(--muted)}
    .svg-chart .label{fill:var(--ink);font-size:13px}
    .line{fill:none;stroke-width:3}.s-available{stroke:var(--c-available)}.s-committed{stroke:var(--c-committed)}.s-disbursed{stroke:var(--c-disbursed)}
    .bar{fill:var(--info)}.st-approved,.st-granted{fill:var(--good)}.st-rejected{fill:var(--bad)}.st-changes-requested{fill:var(--warn)}.st-draft{fill:#6b7480}
    .ms-disbursed{fill:var(--c-disbursed);background:var(--c-disbursed)}.ms-verified{fill:var(--c-available);background:var(--c-available)}
    .ms-evidence-submitted{fill:var(--c-submitted);background:var(--c-submitted)}.ms-open{fill:#c9d1da;background:#c9d1da}
    .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;font-size:.9rem}
    .key{display:inline-block;width:1rem;height:.6rem;margin-right:.35rem;vertical-align:middle}
    .key.s-available{background:var(--c-available)}.key.s-committed{background:var(--c-committed)}.key.s-disbursed{background:var(--c-disbursed)}
    details{margin-top:.5rem}summary{cursor:pointer;color:var(--info)}
    .table-wrap{overflow-x:auto;margin:.75rem 0}
    table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
    caption{text-align:left;font-weight:700;padding:.4rem 0}
    th,td{border-bottom:1px solid var(--line);padding:.45rem .6rem;text-align:left;vertical-align:top}
    thead th{background:#eef2f6}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .credit{color:var(--bad)}.postings{list-style:none;margin:0;padding:0}.postings li{display:flex;justify-content:space-between;gap:1rem}
    .badge{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.85rem;font-weight:600;border:1px solid currentColor}
    .badge.good{color:var(--good)}.badge.bad{color:var(--bad)}.badge.warn{color:var(--warn)}.badge.info{color:var(--info)}.badge.neutral{color:var(--muted)}
    .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.5rem 1.5rem;margin:0 0 1rem}
    .facts dt{color:var(--muted);font-size:.85rem}.facts dd{margin:0}
    .details{margin:0;font-size:.85rem}.details div{display:flex;gap:.4rem}.details dt{color:var(--muted)}.details dt::after{content:":"}.details dd{margin:0;word-break:break-word}
    form.narrow{max-width:26rem}
    .form-row{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-start}.form-row>form{flex:1 1 20rem}
    .field{margin:.6rem 0;display:flex;flex-direction:column;gap:.2rem}
    label,legend{font-weight:600}.hint{color:var(--muted);font-size:.9rem;margin:0}
    input,select,textarea{font:inherit;padding:.45rem .55rem;border:1px solid #6b7480;border-radius:4px;background:#fff;max-width:100%}
    textarea{min-height:4.5rem}
    .has-error input,.has-error select,.has-error textarea,[aria-invalid=true]{border:2px solid var(--bad)}
    .error{color:var(--bad);font-weight:600;margin:0}
    fieldset{border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem;background:#fff}
    .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1rem;border-top:1px dashed var(--line);padding-top:.4rem}
    .choice{display:flex;gap:.5rem;align-items:center;margin:.3rem 0}.choice label{font-weight:400}
    .button,button[type=submit]:not(.link-button){display:inline-block;background:var(--blue);color:#fff;border:2px solid var(--blue);border-radius:4px;
    padding:.5rem 1.1rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
    .button.secondary,button[type=submit].secondary{background:#fff;color:var(--blue)}
    .actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
    form.inline{display:inline}
    .filters{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:flex-end}
    .panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
    .milestone{border-top:2px solid var(--line);padding-top:.5rem;margin-top:1.5rem}
    .rule{background:#fff8d6;border-left:4px solid var(--yellow);padding:.25rem 1rem;margin:1rem 0}.rule h2{margin-top:.5rem;font-size:1.1rem}
    .rule-applied{background:#fff8d6;padding:.5rem 1rem;border-radius:4px;font-weight:600}
    .chain{padding:.5rem 1rem;border-radius:6px;margin-bottom:1rem}.chain h2{margin:.25rem 0;font-size:1.15rem}
    .chain.intact{background:#e3f1e8;border-left:4px solid var(--good)}.chain.broken{background:#fbe9ea;border-left:4px solid var(--bad)}
    .history{padding-left:1.2rem}.history li{margin:.5rem 0}
    .pager{display:flex;gap:1rem;align-items:center;margin:1rem 0}
    progress{width:6rem;vertical-align:middle}
    /* Value chains */
    .share-before{fill:#8a94a0;background:#8a94a0}.share-after{fill:var(--c-disbursed);background:var(--c-disbursed)}
    ul.plain{list-style:none;margin:0;padding:0}
    @media (max-width:40rem){body{font-size:15px}h1{font-size:1.4rem}.main-nav a{padding:.4rem .5rem}main{padding:.75rem}}
    """
}
