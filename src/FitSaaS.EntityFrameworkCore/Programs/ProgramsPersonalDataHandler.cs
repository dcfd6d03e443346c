using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// The Programs module's part in a data subject request (<c>Programs.Training</c>): the member's workout results (with their
/// personal-record flags), body metrics, goals and coach assignments. Erasure deletes all of them, soft-deleted rows included
/// (health and performance data; nothing requires keeping them).
/// </summary>
public sealed class ProgramsPersonalDataHandler(IDbContextProvider<FitSaaSDbContext> dbContextProvider, IDataFilter dataFilter)
    : IPersonalDataHandler, ITransientDependency
{
    /// <inheritdoc/>
    public string Area => "Programs.Training";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(WorkoutResult), cancellationToken);
        var results = await dbContext.Set<WorkoutResult>().AsNoTracking()
            .Where(r => r.MemberId == memberId)
            .OrderBy(r => r.PerformedAtUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.Date,
                r.PerformedAtUtc,
                r.LoggedAtUtc,
                ScoringType = r.ScoringType.ToString(),
                Division = r.Division.ToString(),
                r.ScoreValue,
                r.IsCapped,
                r.ScoreRounds,
                r.ScoreReps,
                DisplayUnit = r.DisplayUnit.ToString(),
                r.DisplayValue,
                r.RepMax,
                r.Notes,
                r.IsPersonalRecord,
                r.IsCurrentPersonalRecord,
            })
            .ToListAsync(cancellationToken);
        var entries = await (
            from e in dbContext.Set<BodyMetricEntry>().AsNoTracking().Where(e => e.MemberId == memberId)
            join d in dbContext.Set<BodyMetricDefinition>().AsNoTracking() on e.MetricId equals d.Id into definitions
            from d in definitions.DefaultIfEmpty()
            orderby e.MeasuredAt, e.Id
            select new { e.Id, CustomName = d == null ? null : d.Name, e.MetricId, e.Value, e.DisplayValue, e.DisplayUnit, e.MeasuredAt, e.Notes })
            .ToListAsync(cancellationToken);

        // Built-in metrics (body weight, body fat, …) have no row: their names come from the catalogue.
        var metrics = entries.Select(e => new
        {
            e.Id,
            Metric = e.CustomName ?? BuiltInBodyMetrics.Find(e.MetricId)?.Name,
            e.MetricId,
            e.Value,
            e.DisplayValue,
            DisplayUnit = e.DisplayUnit.ToString(),
            e.MeasuredAt,
            e.Notes,
        }).ToList();
        var goals = await dbContext.Set<Goal>().AsNoTracking()
            .Where(g => g.MemberId == memberId)
            .OrderBy(g => g.StartedAt).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                Kind = g.Kind.ToString(),
                g.Title,
                g.StartedAt,
                g.DueDate,
                Direction = g.Direction.ToString(),
                g.TargetValue,
                g.StartValue,
                g.AbandonedAt,
            })
            .ToListAsync(cancellationToken);
        var assignments = await dbContext.Set<WorkoutAssignment>().AsNoTracking()
            .Where(a => a.MemberId == memberId)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Date, a.CoachId, a.WorkoutId, a.WorkoutVersion, a.Notes })
            .ToListAsync(cancellationToken);
        if (results.Count + metrics.Count + goals.Count + assignments.Count == 0)
        {
            return null;
        }

        return new
        {
            Results = results,
            PersonalRecords = results.Where(r => r.IsCurrentPersonalRecord).ToList(),
            BodyMetrics = metrics,
            Goals = goals,
            Assignments = assignments,
        };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(WorkoutResult), cancellationToken);
        using var _ = dataFilter.Disable<ISoftDelete>();
        var deleted = await dbContext.Set<WorkoutResult>().Where(r => r.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<WorkoutAssignment>().Where(a => a.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<Goal>().Where(g => g.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<BodyMetricEntry>().Where(e => e.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(deleted, 0, 0, null);
    }
}
