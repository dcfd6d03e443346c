using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Bookings;

/// <summary>The Bookings module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(BookingsDomainSharedModule), typeof(IdentityDomainSharedModule))]
public sealed class BookingsApplicationContractsModule : FitSaaSModule
{
    /// <summary>What members get by default: the timetable and their own bookings.</summary>
    public static readonly IReadOnlyList<string> MemberPermissions =
    [
        BookingsPermissions.Locations.Default,
        BookingsPermissions.ClassTypes.Default,
        BookingsPermissions.ClassSessions.Default,
        BookingsPermissions.Bookings.Default,
    ];

    /// <summary>What staff get by default: everything in Bookings.</summary>
    public static readonly IReadOnlyList<string> StaffPermissions =
    [
        BookingsPermissions.Locations.Default,
        BookingsPermissions.Locations.Create,
        BookingsPermissions.Locations.Update,
        BookingsPermissions.Locations.Delete,
        BookingsPermissions.ClassTypes.Default,
        BookingsPermissions.ClassTypes.Create,
        BookingsPermissions.ClassTypes.Update,
        BookingsPermissions.ClassTypes.Delete,
        BookingsPermissions.ClassSchedules.Default,
        BookingsPermissions.ClassSchedules.Create,
        BookingsPermissions.ClassSchedules.Update,
        BookingsPermissions.ClassSchedules.Delete,
        BookingsPermissions.ClassSessions.Default,
        BookingsPermissions.ClassSessions.Create,
        BookingsPermissions.ClassSessions.Update,
        BookingsPermissions.ClassSessions.Delete,
        BookingsPermissions.ClassSessions.Roster,
        BookingsPermissions.Reports.Default,
        BookingsPermissions.Bookings.Default,
        BookingsPermissions.Bookings.Manage,
    ];

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o =>
        {
            o.DefinitionProviders.Add(typeof(BookingsPermissionDefinitionProvider));
            o.GrantToRole(IdentityConsts.StaffRole, [.. StaffPermissions]);
            o.GrantToRole(IdentityConsts.MemberRole, [.. MemberPermissions]);
        });
    }
}
