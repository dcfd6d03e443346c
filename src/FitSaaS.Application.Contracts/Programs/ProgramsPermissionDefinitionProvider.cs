using FitSaaS.Framework.Authorization;

namespace FitSaaS.Programs;

/// <summary>Defines the Programs permissions: reading the library on both sides, managing custom exercises, results and leaderboards on the tenant side.</summary>
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
        var results = group.AddPermission(ProgramsPermissions.Results.Default, "Own results and personal records", MultiTenancySides.Tenant);
        results.AddChild(ProgramsPermissions.Results.LogForMembers, "Log and read members' results", MultiTenancySides.Tenant);
        results.AddChild(ProgramsPermissions.Results.ManageAll, "Change and delete members' results", MultiTenancySides.Tenant);
        group.AddPermission(ProgramsPermissions.Leaderboards.Default, "Leaderboards", MultiTenancySides.Tenant);
    }
}
