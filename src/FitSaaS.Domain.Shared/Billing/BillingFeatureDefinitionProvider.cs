using FitSaaS.Framework.Features;

namespace FitSaaS.Billing;

/// <summary>Defines the Billing features (<see cref="BillingFeatures"/>).</summary>
public sealed class BillingFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(BillingFeatures.GroupName, "Billing")
            .AddBoolean(BillingFeatures.OnlinePayments, defaultValue: false, "Online payments", "Members pay online through the gym's connected Stripe account.");
    }
}
