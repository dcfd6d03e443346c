using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Programs;

/// <summary>
/// Applies a program template to a track from a start date in one go: each day is published, skipped (its date already has a
/// current workout, so re-applying the same template skips what it published) or failed with a code; one day's failure does not
/// stop the others.
/// </summary>
public sealed class ProgramTemplateApplier(
    IPublishedWorkoutRepository publications,
    IWorkoutRepository workouts,
    WorkoutPublisher publisher) : IDomainService
{
    /// <summary>Applies <paramref name="template"/> to <paramref name="track"/> from <paramref name="startDate"/>; one result per template day, by offset.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.LocationNotFound"/> when the track's location was deleted.</exception>
    public async Task<IReadOnlyList<ProgramTemplateDayResult>> ApplyAsync(
        ProgramTemplate template, Track track, DateOnly startDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(track);
        var results = new List<ProgramTemplateDayResult>(template.Days.Count);
        if (template.Days.Count == 0)
        {
            return results;
        }

        var endDate = startDate.AddDays(template.Days[^1].DayOffset);

        // The dates' locks before reading them: a publish of one of them at the same time waits, and is then a later version.
        await publisher.LockDatesAsync(track, template.Days.Select(d => startDate.AddDays(d.DayOffset)), cancellationToken);
        var current = (await publications.GetCurrentListAsync(track.Id, startDate, endDate, cancellationToken)).ToDictionary(p => p.Date);
        var visible = (await workouts.GetVisibleListAsync(template.Days.Select(d => d.WorkoutId).Distinct().ToArray(), track.TenantId, cancellationToken))
            .ToDictionary(w => w.Id);
        foreach (var day in template.Days)
        {
            var date = startDate.AddDays(day.DayOffset);
            if (current.TryGetValue(date, out var existing))
            {
                results.Add(new(day.DayOffset, date, day.WorkoutId, ProgramTemplateDayStatus.Skipped, existing.Id, null));
            }
            else if (!visible.TryGetValue(day.WorkoutId, out var workout))
            {
                results.Add(new(day.DayOffset, date, day.WorkoutId, ProgramTemplateDayStatus.Failed, null, ProgramsErrorCodes.WorkoutNotFound));
            }
            else
            {
                var published = await publisher.PublishAsync(track, date, workout, visibleFromUtc: null, notes: null, cancellationToken);
                results.Add(new(day.DayOffset, date, day.WorkoutId, ProgramTemplateDayStatus.Published, published.Id, null));
            }
        }

        return results;
    }
}
