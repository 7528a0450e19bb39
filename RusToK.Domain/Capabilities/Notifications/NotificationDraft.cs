namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>What a module tells people: the sentence (an English template, "{0}" who, "{1}" the subject) and where it leads.</summary>
public sealed record NotificationDraft(string Sentence, string Subject, string? Path);
