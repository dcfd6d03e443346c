namespace FitSaaS.Messaging;

/// <summary>What a conversation is.</summary>
public enum ConversationKind
{
    /// <summary>A 1:1 conversation between two users of the gym (a member and staff or a coach, or two staff users).</summary>
    Direct = 0,

    /// <summary>The thread of one published workout on one local date, open to every member of the gym.</summary>
    WorkoutThread = 1,
}
