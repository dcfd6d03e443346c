using FitSaaS.Framework.Authorization;

namespace FitSaaS.Bookings;

/// <summary>Defines the Bookings permissions (tenant side).</summary>
public sealed class BookingsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(BookingsPermissions.GroupName, "Bookings");

        var locations = group.AddPermission(BookingsPermissions.Locations.Default, "Locations", MultiTenancySides.Tenant);
        locations.AddChild(BookingsPermissions.Locations.Create, "Create locations");
        locations.AddChild(BookingsPermissions.Locations.Update, "Change locations");
        locations.AddChild(BookingsPermissions.Locations.Delete, "Delete locations");

        var classTypes = group.AddPermission(BookingsPermissions.ClassTypes.Default, "Class types", MultiTenancySides.Tenant);
        classTypes.AddChild(BookingsPermissions.ClassTypes.Create, "Create class types");
        classTypes.AddChild(BookingsPermissions.ClassTypes.Update, "Change class types");
        classTypes.AddChild(BookingsPermissions.ClassTypes.Delete, "Delete class types");

        var schedules = group.AddPermission(BookingsPermissions.ClassSchedules.Default, "Class schedules", MultiTenancySides.Tenant);
        schedules.AddChild(BookingsPermissions.ClassSchedules.Create, "Create class schedules");
        schedules.AddChild(BookingsPermissions.ClassSchedules.Update, "Change class schedules");
        schedules.AddChild(BookingsPermissions.ClassSchedules.Delete, "Delete class schedules");

        var sessions = group.AddPermission(BookingsPermissions.ClassSessions.Default, "Class sessions", MultiTenancySides.Tenant);
        sessions.AddChild(BookingsPermissions.ClassSessions.Create, "Schedule sessions");
        sessions.AddChild(BookingsPermissions.ClassSessions.Update, "Change sessions");
        sessions.AddChild(BookingsPermissions.ClassSessions.Delete, "Delete sessions");
        sessions.AddChild(BookingsPermissions.ClassSessions.Roster, "See session rosters");

        group.AddPermission(BookingsPermissions.Reports.Default, "Attendance reports", MultiTenancySides.Tenant);

        var bookings = group.AddPermission(BookingsPermissions.Bookings.Default, "Bookings", MultiTenancySides.Tenant);
        bookings.AddChild(BookingsPermissions.Bookings.Manage, "Manage any member's bookings");
    }
}
