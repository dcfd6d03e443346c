using FitSaaS.Billing;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The printable invoice page: money in the currency's own decimals, every text encoded, the totals.</summary>
public sealed class InvoiceHtmlRendererTests
{
    private static readonly Guid s_memberId = Guid.Parse("6f1c2b9e-0000-4000-8000-000000000001");

    [Fact]
    public void Render_Euro_ShowsTwoDecimals_LinesAndEveryTotal()
    {
        var invoice = Invoice("EUR", [Line("Monthly unlimited", 1, 5000, 21m, 5000, 1050, 6050)], subtotal: 5000, tax: 1050, total: 6050, paid: 2000);

        var html = InvoiceHtmlRenderer.Render(invoice, "Iron Temple Gym", "Europe/Madrid");

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta charset=\"utf-8\">");
        html.ShouldContain("@media print");
        html.ShouldContain("Iron Temple Gym");
        html.ShouldContain("Invoice INV-000042");
        html.ShouldContain(">Open<");
        html.ShouldContain(s_memberId.ToString("D"));
        html.ShouldContain("Monthly unlimited");
        html.ShouldContain("EUR 50.00");   // unit amount and net
        html.ShouldContain("21 %");
        html.ShouldContain("EUR 10.50");   // tax
        html.ShouldContain("EUR 60.50");   // line total and invoice total
        html.ShouldContain("<th>Subtotal</th><td class=\"num\">EUR 50.00</td>");
        html.ShouldContain("<th>Tax</th><td class=\"num\">EUR 10.50</td>");
        html.ShouldContain("<th>Total</th><td class=\"num\">EUR 60.50</td>");
        html.ShouldContain("<th>Paid</th><td class=\"num\">EUR 20.00</td>");
        html.ShouldContain("<th>Amount due</th><td class=\"num\">EUR 40.50</td>");
        // Issued 2026-03-31 23:30Z is 1 April in Madrid (UTC+2 in summer time); due a week later.
        html.ShouldContain("<dt>Issued</dt><dd>2026-04-01</dd>");
        html.ShouldContain("<dt>Due</dt><dd>2026-04-08</dd>");
        html.ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public void Render_Yen_HasNoDecimals()
    {
        var invoice = Invoice("JPY", [Line("10-class pack", 2, 6000, 10m, 12000, 1200, 13200)], subtotal: 12000, tax: 1200, total: 13200, paid: 0);

        var html = InvoiceHtmlRenderer.Render(invoice);

        html.ShouldContain("JPY 6,000");
        html.ShouldContain("JPY 12,000");
        html.ShouldContain("JPY 1,200");
        html.ShouldContain("<th>Total</th><td class=\"num\">JPY 13,200</td>");
        html.ShouldContain("<th>Amount due</th><td class=\"num\">JPY 13,200</td>");
        html.ShouldNotContain("JPY 13,200.");
        html.ShouldNotContain("JPY 132.00");
    }

    [Fact]
    public void Render_MaliciousTexts_AreEncoded()
    {
        var invoice = Invoice("USD", [Line("<script>alert('x')</script> & \"fee\"", 1, 500, 0m, 500, 0, 500)], subtotal: 500, tax: 0, total: 500, paid: 0);

        var html = InvoiceHtmlRenderer.Render(invoice, "<img src=x onerror=alert(1)>");

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;fee&quot;");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
    }

    private static InvoiceDto Invoice(string currency, IReadOnlyList<InvoiceLineDto> lines, long subtotal, long tax, long total, long paid) => new()
    {
        Id = Guid.NewGuid(),
        Number = "INV-000042",
        MemberId = s_memberId,
        Status = InvoiceStatus.Open,
        Currency = currency,
        Lines = lines,
        Subtotal = subtotal,
        Tax = tax,
        Total = total,
        AmountPaid = paid,
        AmountDue = total - paid,
        IssuedAtUtc = new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc),
        DueAtUtc = new DateTime(2026, 4, 7, 23, 30, 0, DateTimeKind.Utc),
    };

    private static InvoiceLineDto Line(string description, int quantity, long unit, decimal rate, long net, long tax, long total) => new()
    {
        Id = Guid.NewGuid(),
        Kind = InvoiceLineKind.Plan,
        Description = description,
        Quantity = quantity,
        UnitAmount = unit,
        TaxRatePercent = rate,
        Net = net,
        Tax = tax,
        Total = total,
    };
}
