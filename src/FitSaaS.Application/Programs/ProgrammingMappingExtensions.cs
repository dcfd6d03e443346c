namespace FitSaaS.Programs;

/// <summary>Hand-written mapping between workouts, tracks, publications, templates, assignments and their DTOs.</summary>
public static class ProgrammingMappingExtensions
{
    /// <summary>Maps a workout to its DTO.</summary>
    public static WorkoutDto ToDto(this Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return new WorkoutDto
        {
            Id = workout.Id,
            IsCustom = !workout.IsGlobal,
            BenchmarkWorkoutId = workout.BenchmarkWorkoutId,
            Title = workout.Title,
            Description = workout.Description,
            Sections = workout.Sections.Select(ToDto).ToList(),
            ScoringType = workout.ScoringType,
            TimeCapSeconds = workout.TimeCapSeconds,
            IsBenchmark = workout.IsBenchmark,
            HasScaledLevel = workout.HasScaledLevel,
            Version = workout.Version,
        };
    }

    /// <summary>Maps a snapshot to its DTO.</summary>
    public static WorkoutSnapshotDto ToDto(this WorkoutSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new WorkoutSnapshotDto
        {
            WorkoutId = snapshot.WorkoutId,
            WorkoutVersion = snapshot.WorkoutVersion,
            PersonalRecordWorkoutId = snapshot.PersonalRecordWorkoutId,
            Title = snapshot.Title,
            Description = snapshot.Description,
            Sections = snapshot.Sections.Select(ToDto).ToList(),
            ScoringType = snapshot.ScoringType,
            TimeCapSeconds = snapshot.TimeCapSeconds,
            HasScaledLevel = snapshot.HasScaledLevel,
            IsBenchmark = snapshot.IsBenchmark,
        };
    }

    /// <summary>Maps a published version to its DTO.</summary>
    public static PublishedWorkoutDto ToDto(this PublishedWorkout published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return new PublishedWorkoutDto
        {
            Id = published.Id,
            TrackId = published.TrackId,
            Date = published.Date,
            PublishedVersion = published.PublishedVersion,
            VisibleFromUtc = published.VisibleFromUtc,
            Notes = published.Notes,
            IsUnpublished = published.IsUnpublished,
            Workout = published.Snapshot.ToDto(),
        };
    }

    /// <summary>Maps a track to its DTO.</summary>
    public static TrackDto ToDto(this Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new TrackDto
        {
            Id = track.Id,
            Name = track.Name,
            Description = track.Description,
            LocationId = track.LocationId,
            ClassTypeIds = [.. track.ClassTypeIds],
            PublishTimeOfDay = track.PublishTimeOfDay,
            PublishDaysBefore = track.PublishDaysBefore,
        };
    }

    /// <summary>Maps a template to its DTO.</summary>
    public static ProgramTemplateDto ToDto(this ProgramTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new ProgramTemplateDto
        {
            Id = template.Id,
            Name = template.Name,
            Description = template.Description,
            Weeks = template.Weeks,
            Days = template.Days.Select(d => new ProgramTemplateDayDto { DayOffset = d.DayOffset, WorkoutId = d.WorkoutId }).ToList(),
        };
    }

    /// <summary>Maps a template day's result to its DTO.</summary>
    public static ProgramTemplateDayResultDto ToDto(this ProgramTemplateDayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ProgramTemplateDayResultDto
        {
            DayOffset = result.DayOffset,
            Date = result.Date,
            WorkoutId = result.WorkoutId,
            Status = result.Status,
            PublishedWorkoutId = result.PublishedWorkoutId,
            ErrorCode = result.ErrorCode,
        };
    }

    /// <summary>Maps an assignment to its DTO.</summary>
    public static WorkoutAssignmentDto ToDto(this WorkoutAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new WorkoutAssignmentDto
        {
            Id = assignment.Id,
            MemberId = assignment.MemberId,
            CoachId = assignment.CoachId,
            Date = assignment.Date,
            ProgramTemplateId = assignment.ProgramTemplateId,
            Notes = assignment.Notes,
            Workout = assignment.Snapshot.ToDto(),
        };
    }

    /// <summary>Maps a validated workout input to the domain's parameter object (exercise names are filled in by the domain).</summary>
    public static WorkoutContent ToContent(this WorkoutCreateOrUpdateDtoBase input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // ScoringType, Kind, ExerciseId and Rx are [Required]: the validation interceptor has rejected nulls already.
        return new WorkoutContent(
            input.Title,
            input.Description,
            (input.Sections ?? []).Select(s => new WorkoutSection
            {
                Kind = s.Kind!.Value,
                Title = s.Title ?? string.Empty,
                Notes = string.IsNullOrWhiteSpace(s.Notes) ? null : s.Notes.Trim(),
                Movements = (s.Movements ?? []).Select(m => new WorkoutMovement
                {
                    ExerciseId = m.ExerciseId!.Value,
                    Rx = m.Rx!.ToPrescription(),
                    Scaled = m.Scaled?.ToPrescription(),
                    ScaledNotes = string.IsNullOrWhiteSpace(m.ScaledNotes) ? null : m.ScaledNotes.Trim(),
                    Notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim(),
                }).ToArray(),
            }).ToArray(),
            input.ScoringType!.Value,
            input.TimeCapSeconds,
            input.IsBenchmark);
    }

    private static WorkoutSectionDto ToDto(WorkoutSection section) => new()
    {
        Kind = section.Kind,
        Title = section.Title,
        Notes = section.Notes,
        Movements = section.Movements.Select(m => new WorkoutMovementDto
        {
            ExerciseId = m.ExerciseId,
            ExerciseName = m.ExerciseName,
            Rx = ToDto(m.Rx),
            Scaled = m.Scaled is null ? null : ToDto(m.Scaled),
            ScaledNotes = m.ScaledNotes,
            Notes = m.Notes,
        }).ToList(),
    };

    private static MovementPrescriptionDto ToDto(MovementPrescription p) => new()
    {
        Sets = p.Sets,
        Reps = p.Reps,
        RepScheme = p.RepScheme,
        LoadKg = p.LoadKg,
        PercentOfOneRepMax = p.PercentOfOneRepMax,
        Rpe = p.Rpe,
        DistanceMeters = p.DistanceMeters,
        Calories = p.Calories,
        TimeSeconds = p.TimeSeconds,
        RestSeconds = p.RestSeconds,
    };

    private static MovementPrescription ToPrescription(this MovementPrescriptionDto p) => new()
    {
        Sets = p.Sets,
        Reps = p.Reps,
        RepScheme = string.IsNullOrWhiteSpace(p.RepScheme) ? null : p.RepScheme.Trim(),
        LoadKg = p.LoadKg,
        PercentOfOneRepMax = p.PercentOfOneRepMax,
        Rpe = p.Rpe,
        DistanceMeters = p.DistanceMeters,
        Calories = p.Calories,
        TimeSeconds = p.TimeSeconds,
        RestSeconds = p.RestSeconds,
    };
}
