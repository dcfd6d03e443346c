using System.Globalization;
using System.Net;
using System.Text;

namespace FitSaaS.Billing;

/// <summary>
/// Renders an invoice as a self-contained printable HTML page (UTF-8, inline CSS with an <c>@media print</c> block, no
/// scripts or external resources): the gym's name, number, status, issue and due dates, member, lines (description,
/// quantity, unit amount, net, tax rate, tax, total) and subtotal, tax, total, paid and due. Money is formatted by
/// <see cref="Iso4217.Format"/> in the invariant culture (<c>EUR 12.50</c>, <c>JPY 1,250</c>); every text is HTML-encoded.
/// A pure function: the same input gives the same page.
/// </summary>
public static class InvoiceHtmlRenderer
{
    private const string Style = """
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;margin:0;background:#f4f4f5}
        .page{max-width:820px;margin:24px auto;padding:40px;background:#fff;border:1px solid #e4e4e7}
        header{display:flex;justify-content:space-between;align-items:flex-start;gap:24px;margin-bottom:32px}
        h1{font-size:28px;margin:0 0 4px}
        .gym{font-size:18px;font-weight:600}
        .status{display:inline-block;padding:2px 10px;border-radius:999px;border:1px solid #a1a1aa;font-size:13px;text-transform:uppercase;letter-spacing:.04em}
        dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px;margin:0}
        dt{color:#52525b}
        dd{margin:0}
        table{width:100%;border-collapse:collapse;margin-top:24px;font-size:14px}
        th,td{padding:8px 6px;border-bottom:1px solid #e4e4e7;text-align:left;vertical-align:top}
        th{font-weight:600;color:#52525b;border-bottom:2px solid #d4d4d8}
        td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        table.totals{width:auto;margin-left:auto}
        table.totals th{text-align:left;border-bottom:1px solid #e4e4e7;color:#1a1a1a}
        table.totals tr.due th,table.totals tr.due td{font-weight:700;border-bottom:2px solid #1a1a1a}
        footer{margin-top:32px;color:#71717a;font-size:12px}
        @media print{
          body{background:#fff}
          .page{margin:0;max-width:none;border:0;padding:0}
          a{color:inherit;text-decoration:none}
          tr{page-break-inside:avoid}
          @page{margin:18mm}
        }
        """;

    /// <summary>The page for <paramref name="invoice"/>.</summary>
    /// <param name="invoice">The invoice, amounts in minor units of its currency.</param>
    /// <param name="gymName">The gym (tenant) shown at the top, if known.</param>
    /// <param name="timeZoneId">
    /// The IANA zone the issue and due dates are shown in (the gym's); null or unknown shows them in UTC. Dates are
    /// <c>yyyy-MM-dd</c>.
    /// </param>
    public static string Render(InvoiceDto invoice, string? gymName = null, string? timeZoneId = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var zone = FindZone(timeZoneId);
        var title = invoice.Number is { Length: > 0 } number ? $"Invoice {number}" : "Draft invoice";
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main class=\"page\">\n<header>\n<div>\n");
        if (!string.IsNullOrWhiteSpace(gymName))
        {
            html.Append("<div class=\"gym\">").Append(Encode(gymName)).Append("</div>\n");
        }

        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n<span class=\"status\">").Append(Encode(invoice.Status.ToString())).Append("</span>\n</div>\n<dl>\n");
        Term(html, "Invoice number", invoice.Number ?? "—");
        Term(html, "Issued", Date(invoice.IssuedAtUtc, zone));
        Term(html, "Due", Date(invoice.DueAtUtc, zone));
        if (invoice.PaidAtUtc is not null)
        {
            Term(html, "Paid", Date(invoice.PaidAtUtc, zone));
        }

        Term(html, "Member", invoice.MemberId.ToString("D"));
        Term(html, "Currency", invoice.Currency);
        html.Append("</dl>\n</header>\n");

        html.Append("<table class=\"lines\">\n<thead>\n<tr><th>Description</th><th class=\"num\">Qty</th><th class=\"num\">Unit amount</th>")
            .Append("<th class=\"num\">Net</th><th class=\"num\">Tax rate</th><th class=\"num\">Tax</th><th class=\"num\">Total</th></tr>\n</thead>\n<tbody>\n");
        foreach (var line in invoice.Lines)
        {
            html.Append("<tr><td>").Append(Encode(line.Description));
            if (line.PeriodStart is { } start && line.PeriodEnd is { } end)
            {
                html.Append("<br><small>").Append(Encode($"{start:yyyy-MM-dd} – {end.AddDays(-1):yyyy-MM-dd}")).Append("</small>");
            }

            html.Append("</td>");
            Cell(html, line.Quantity.ToString(CultureInfo.InvariantCulture));
            Cell(html, Money(line.UnitAmount, invoice.Currency) + (line.TaxMode == TaxMode.Inclusive ? " (incl. tax)" : ""));
            Cell(html, Money(line.Net, invoice.Currency));
            Cell(html, line.TaxRatePercent.ToString("0.####", CultureInfo.InvariantCulture) + " %");
            Cell(html, Money(line.Tax, invoice.Currency));
            Cell(html, Money(line.Total, invoice.Currency));
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<table class=\"totals\">\n<tbody>\n");
        Total(html, "Subtotal", Money(invoice.Subtotal, invoice.Currency));
        Total(html, "Tax", Money(invoice.Tax, invoice.Currency));
        Total(html, "Total", Money(invoice.Total, invoice.Currency));
        Total(html, "Paid", Money(invoice.AmountPaid, invoice.Currency));
        if (invoice.AmountCredited > 0)
        {
            Total(html, "Refunded", Money(invoice.AmountCredited, invoice.Currency));
        }

        Total(html, "Amount due", Money(invoice.AmountDue, invoice.Currency), "due");
        html.Append("</tbody>\n</table>\n");
        if (invoice.ClosedReason is { Length: > 0 } reason)
        {
            html.Append("<p>").Append(Encode($"{invoice.Status}: {reason}")).Append("</p>\n");
        }

        html.Append("<footer>").Append(Encode($"Amounts in {invoice.Currency}. Dates in {zone.Id}.")).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Money(long amountMinor, string currency) => Iso4217.Format(amountMinor, currency, CultureInfo.InvariantCulture);

    private static void Term(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    private static void Cell(StringBuilder html, string value) => html.Append("<td class=\"num\">").Append(Encode(value)).Append("</td>");

    private static void Total(StringBuilder html, string name, string value, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">")
            .Append("<th>").Append(Encode(name)).Append("</th><td class=\"num\">").Append(Encode(value)).Append("</td></tr>\n");
    }

    private static string Date(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } at
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "—";

    private static TimeZoneInfo FindZone(string? timeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
