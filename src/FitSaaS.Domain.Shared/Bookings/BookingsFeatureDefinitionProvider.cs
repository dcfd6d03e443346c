using FitSaaS.Framework.Features;

namespace FitSaaS.Bookings;

/// <summary>Defines the Bookings features. Defaults keep the module's full behaviour; editions restrict it.</summary>
public sealed class BookingsFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(BookingsFeatures.GroupName, "Bookings");
        group.AddBoolean(BookingsFeatures.Waitlist, defaultValue: true, "Waitlists", "Full sessions take waitlisted bookings and promote them when seats free up.");
        group.AddInteger(BookingsFeatures.MaxLocations, FeatureDefinition.Unlimited, FeatureDefinition.Unlimited, 100_000, "Maximum locations", "-1 = unlimited.");
    }
}
