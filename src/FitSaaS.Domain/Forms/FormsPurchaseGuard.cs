using FitSaaS.Billing;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>Forms' <see cref="IPurchaseGuard"/>: buying a plan needs the documents gating <see cref="LegalDocumentGates.Purchase"/> of that plan (or all members) signed.</summary>
public sealed class FormsPurchaseGuard(LegalRequirementChecker checker) : IPurchaseGuard, ITransientDependency
{
    /// <inheritdoc/>
    public Task CheckAsync(PurchaseGuardContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return checker.EnsureSignedAsync(context.MemberId, new LegalTarget(LegalDocumentGates.Purchase, PlanId: context.Plan.Id), context.Now, cancellationToken);
    }
}
