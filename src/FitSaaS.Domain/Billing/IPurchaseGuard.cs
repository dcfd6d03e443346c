namespace FitSaaS.Billing;

/// <summary>
/// An extension point other modules plug into Billing's sale of a plan (Forms: documents to sign before buying), without
/// Billing knowing them. Every registered guard (DI, <c>IEnumerable&lt;IPurchaseGuard&gt;</c>) runs in
/// <see cref="MembershipManager.SellAsync"/> after the plan was found sellable and before anything is written; a guard
/// refuses by throwing a <see cref="FitSaaS.Framework.Exceptions.BusinessException"/> with its module's code.
/// </summary>
public interface IPurchaseGuard
{
    /// <summary>Allows the purchase by returning; refuses it by throwing a business exception.</summary>
    Task CheckAsync(PurchaseGuardContext context, CancellationToken cancellationToken = default);
}
