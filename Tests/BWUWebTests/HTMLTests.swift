import BWUWeb
import Testing

@Suite struct HTMLTests {
    @Test func textAndAttributesAreEscapedByConstruction() {
        let node = el("p", [Attribute("title", "\"><script>alert('x')</script>")]) { "<b>&</b>" }
        #expect(node.rendered == "<p title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\">&lt;b&gt;&amp;&lt;/b&gt;</p>")
    }

    @Test func optionalAttributesAndFlagsAreLeftOutWhenUnset() {
        let node = input([Attribute("value", nil), Attribute.flag("required", false), Attribute.flag("checked")])
        #expect(node.rendered == "<input checked>")
    }

    @Test func fieldHasLabelErrorAndKeepsTypedValue() {
        let html = UI.field(name: "milestones[0].amount", label: "Amount", value: "12,5x", error: "Enter an amount").rendered
        #expect(html.contains("<label for=\"f-milestones-0-amount\">Amount</label>"))
        #expect(html.contains("id=\"f-milestones-0-amount\""))
        #expect(html.contains("value=\"12,5x\""))
        #expect(html.contains("aria-invalid=\"true\""))
        #expect(html.contains("aria-describedby=\"f-milestones-0-amount-error\""))
        #expect(html.contains("<p class=\"error\" id=\"f-milestones-0-amount-error\">Enter an amount</p>"))
    }

    @Test func csvQuotesAndDefusesFormulas() {
        let csv = CSV.render(header: ["a", "b"], rows: [["=SUM(A1)", "x, \"y\""], ["-1500000.00", "@cmd"]])
        #expect(csv == "a,b\r\n'=SUM(A1),\"x, \"\"y\"\"\"\r\n-1500000.00,'@cmd\r\n")
    }

    @Test func formDataKeepsBracketedNamesVerbatim() {
        let fields = FormData.parse("milestones%5B0%5D.amount=1%2C5&title=UAV+line&empty=")
        #expect(fields["milestones[0].amount"] == "1,5")
        #expect(fields["title"] == "UAV line")
        #expect(fields["empty"] == "")
    }
}
