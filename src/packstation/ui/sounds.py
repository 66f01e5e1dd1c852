"""OK / error / complete sounds (QSoundEffect). Without a sound device the app says so and
carries on with the banner alone."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from packstation import resources


class Sounds:
    def __init__(self, volume_percent: int = 80, muted: bool = False) -> None:
        self.available = False
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # libpulse missing: visual feedback only
            return
        for name in ("ok", "error", "complete"):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resources.sounds_dir() / f"{name}.wav")))
            effect.setVolume(volume_percent / 100)
            effect.setMuted(muted)
            self._effects[name] = effect
        self.available = True

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

    def working(self) -> bool:
        """False when the sound system refused the files (no device, no server)."""
        from PySide6.QtMultimedia import QSoundEffect

        return self.available and all(
            e.status() != QSoundEffect.Status.Error for e in self._effects.values())  # type: ignore[attr-defined]
