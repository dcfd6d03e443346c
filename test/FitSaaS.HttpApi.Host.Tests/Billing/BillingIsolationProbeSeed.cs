using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>Billing's probe data in B: a plan, B's member's membership with its invoice, a partial payment of it.</summary>
public sealed class BillingIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/billing/";

    public int Order => 30; // after Identity and Bookings: sells to B's member

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        var plan = await PostAsync(adminB, "/api/billing/plans", new
        {
            name = $"Ten pack {marker}", kind = "ClassPack", price = 12000, taxRatePercent = 17, taxMode = "Inclusive", credits = 10, validityDays = 90, activation = "OnPurchase",
        }, ct);
        targets.AddId("plans", plan.GetProperty("id").GetGuid(), "B's plan");

        var users = await GetAsync(adminB, $"/api/identity/users?filter=member-{marker}", ct);
        var memberId = users.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        var sale = await PostAsync(adminB, "/api/billing/memberships", new { memberId, planId = plan.GetProperty("id").GetGuid() }, ct);
        targets.AddId("memberships", sale.GetProperty("membership").GetProperty("id").GetGuid(), "B's membership");
        var invoiceId = sale.GetProperty("invoice").GetProperty("id").GetGuid();
        targets.AddId("invoices", invoiceId, "B's invoice");
        targets.AddKey("invoices", sale.GetProperty("invoice").GetProperty("number").GetString()!, "B's invoice number", secret: false);

        var payment = await PostAsync(adminB, "/api/billing/payments", new { invoiceId, amount = 5000, method = "BankTransfer", reference = $"transfer {marker}" }, ct);
        targets.AddId("payments", payment.GetProperty("id").GetGuid(), "B's payment");
        targets.AddSecret($"transfer {marker}", "B's payment reference");
    }
}
