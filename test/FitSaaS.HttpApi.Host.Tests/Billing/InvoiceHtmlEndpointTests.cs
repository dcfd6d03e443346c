using System.Net;
using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>The printable invoice over HTTP: the member's own as <c>text/html</c>; another member's or gym's 404; anonymous 401.</summary>
public sealed class InvoiceHtmlEndpointTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task GetHtml_OwnInvoice_IsAPrintablePage_AnotherMembersOrGymsIs404_AnonymousIs401()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var otherAdmin = await fixture.LoginAsync(other.Name, "admin");
        var (ownerId, ownerClient) = await fixture.RegisterMemberAsync(tenant.Name, $"inv-owner-{Guid.NewGuid():N}"[..20]);
        using var owner = ownerClient;
        var (neighbourId, neighbourClient) = await fixture.RegisterMemberAsync(tenant.Name, $"inv-neighbour-{Guid.NewGuid():N}"[..24]);
        using var neighbour = neighbourClient;
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new
        {
            name = "Monthly <unlimited>", kind = "Membership", price = 4990, taxRatePercent = 20, taxMode = "Exclusive", interval = "Month", intervalCount = 1,
        });
        var sale = await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId = ownerId, planId = plan.Id });
        var neighbours = await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId = neighbourId, planId = plan.Id });
        using var anonymous = fixture.CreateClient();

        using var own = await owner.GetAsync(Relative($"/api/billing/invoices/{sale.Invoice.Id}/html"));
        var html = await own.Content.ReadAsStringAsync();
        using var staff = await admin.GetAsync(Relative($"/api/billing/invoices/{sale.Invoice.Id}/html"));
        using var notMine = await owner.GetAsync(Relative($"/api/billing/invoices/{neighbours.Invoice.Id}/html"));
        using var otherGym = await otherAdmin.GetAsync(Relative($"/api/billing/invoices/{sale.Invoice.Id}/html"));
        using var signedOut = await anonymous.GetAsync(Relative($"/api/billing/invoices/{sale.Invoice.Id}/html"));

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        own.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain($"Invoice {sale.Invoice.Number}");
        html.ShouldContain("Monthly &lt;unlimited&gt;");
        html.ShouldNotContain("Monthly <unlimited>");
        html.ShouldContain("<th>Total</th><td class=\"num\">USD 59.88</td>");
        html.ShouldContain("<th>Amount due</th><td class=\"num\">USD 59.88</td>");
        html.ShouldContain(ownerId.ToString("D"));
        staff.StatusCode.ShouldBe(HttpStatusCode.OK);
        notMine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(notMine)).GetProperty("code").GetString().ShouldBe(EntityNotFoundException.ErrorCode);
        otherGym.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ProblemAsync(signedOut)).GetProperty("code").GetString().ShouldBe(AuthorizationException.UnauthenticatedCode);
    }
}
