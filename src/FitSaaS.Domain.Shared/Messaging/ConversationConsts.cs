namespace FitSaaS.Messaging;

/// <summary>Limits of conversations and their messages.</summary>
public static class ConversationConsts
{
    /// <summary>Maximum length of a message's text, in characters, after trimming (at least 1).</summary>
    public const int MaxMessageLength = 2000;

    /// <summary>Maximum length of a workout thread's title, in characters (a longer workout title is cut).</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Maximum number of messages one page of a conversation returns.</summary>
    public const int MaxMessagesPerPage = 100;

    /// <summary>The text an erased member's messages are replaced with (data subject erasure).</summary>
    public const string ErasedMessageText = "[message removed]";
}
