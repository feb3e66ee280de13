package de.buergerinfo.devices.gpio;

/** What the status light says to people in the room. */
public enum LightPattern {
  /** Off. */
  OFF,
  /** Steady on: the terminal works. */
  OK,
  /** Slow blink (1 s on, 1 s off): a citizen asks for a librarian, or paper is low. */
  ATTENTION,
  /** Fast blink (0.2 s on, 0.2 s off): the terminal cannot serve citizens. */
  ERROR
}
