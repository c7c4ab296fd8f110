using System.Diagnostics.CodeAnalysis;

// RS0026 (no two overloads with optional parameters) keeps later additions binary-compatible. FrameHtml.Of has one
// overload for a frame and one for a series, each with its own row limit; they take different types, so no call can
// become ambiguous. Recorded here rather than in lib/EGov/Display, which other work owns.
[assembly: SuppressMessage("ApiDesign", "RS0026", Scope = "member",
    Target = "~M:EGov.Display.FrameHtml.Of(Deedle.Internal.IFrameFormattable,System.Int32,System.Int32)~System.String",
    Justification = "Overloads on different types (frame, series).")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Scope = "member",
    Target = "~M:EGov.Display.FrameHtml.Of(Deedle.Internal.ISeriesFormattable,System.Int32)~System.String",
    Justification = "Overloads on different types (frame, series).")]
