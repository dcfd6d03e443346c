using FitSaaS.Framework.Authorization;

namespace FitSaaS.Programs;

/// <summary>Defines the Programs permissions: reading the library on both sides; managing custom exercises, body metrics and goals on the tenant side.</summary>
public sealed class ProgramsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(ProgramsPermissions.GroupName, "Programs");
        var exercises = group.AddPermission(ProgramsPermissions.Exercises.Default, "Exercise library", MultiTenancySides.Both);
        exercises.AddChild(ProgramsPermissions.Exercises.Create, "Create custom exercises", MultiTenancySides.Tenant);
        exercises.AddChild(ProgramsPermissions.Exercises.Update, "Edit custom exercises", MultiTenancySides.Tenant);
        exercises.AddChild(ProgramsPermissions.Exercises.Delete, "Delete custom exercises", MultiTenancySides.Tenant);

        var bodyMetrics = group.AddPermission(ProgramsPermissions.BodyMetrics.Default, "Body metrics (own)", MultiTenancySides.Tenant);
        bodyMetrics.AddChild(ProgramsPermissions.BodyMetrics.ManageDefinitions, "Define the gym's body metrics", MultiTenancySides.Tenant);
        bodyMetrics.AddChild(ProgramsPermissions.BodyMetrics.ManageForMembers, "Manage members' body metrics", MultiTenancySides.Tenant);

        var goals = group.AddPermission(ProgramsPermissions.Goals.Default, "Goals (own)", MultiTenancySides.Tenant);
        goals.AddChild(ProgramsPermissions.Goals.ManageForMembers, "Manage members' goals", MultiTenancySides.Tenant);
    }
}
