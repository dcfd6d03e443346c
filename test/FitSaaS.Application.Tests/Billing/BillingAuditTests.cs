using FitSaaS.AuditLogging;
using FitSaaS.Billing;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Auditing;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>Every payment and refund is audited with its entity history (who, when, the values), readable by the gym's admin.</summary>
public sealed class BillingAuditTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task PaymentAndRefund_AreRecordedWithTheirEntityChanges()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var plan = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, price: 5000);
        var sale = await _scenario.SellAsync(gym.Tenant, member, plan.Id);
        var payment = await _scenario.PayAsync(gym.Tenant, sale.Invoice.Id, 5000, PaymentMethod.CardTerminal);

        var creditNote = await _scenario.AsAdminAsync<IPaymentAppService, CreditNoteDto>(gym.Tenant, s => s.RefundAsync(payment.Id, new RefundPaymentDto { Amount = 1200, Reason = "Injured, two classes back" }));
        await fixture.Services.GetRequiredService<AuditLogWriter>().FlushAsync(TestContext.Current.CancellationToken);

        creditNote.ShouldSatisfyAllConditions(c => c.Number.ShouldBe("CN-000001"), c => c.Amount.ShouldBe(1200));
        var paid = await DetailsAsync(gym.Tenant, typeof(Payment), payment.Id, EntityChangeType.Created);
        paid.UserId.ShouldBe(gym.Tenant.AdminUserId);
        paid.EntityChanges.Single(c => c.EntityTypeFullName == typeof(Payment).FullName)
            .PropertyChanges.Single(p => p.PropertyName == nameof(Payment.Amount)).NewValue.ShouldBe("5000");
        var refunded = await DetailsAsync(gym.Tenant, typeof(Payment), payment.Id, EntityChangeType.Updated);
        refunded.EntityChanges.ShouldContain(c => c.EntityTypeFullName == typeof(PaymentRefund).FullName && c.ChangeType == EntityChangeType.Created);
        refunded.EntityChanges.Single(c => c.EntityTypeFullName == typeof(Payment).FullName)
            .PropertyChanges.Single(p => p.PropertyName == nameof(Payment.AmountRefunded)).NewValue.ShouldBe("1200");
    }

    private async Task<AuditLogDetailsDto> DetailsAsync(TestTenant tenant, Type entity, Guid id, EntityChangeType change)
    {
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IAuditLogAppService>();
        var list = await service.GetListAsync(new GetAuditLogListInput { EntityTypeFullName = entity.FullName, EntityId = id.ToString(), ChangeType = change });
        return await service.GetAsync(list.Items.ShouldHaveSingleItem().Id);
    }
}
