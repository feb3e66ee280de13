package de.buergerinfo.kiosk.archfixture.cycle.a;

/** Half of a package cycle, on purpose. */
public class First {
  de.buergerinfo.kiosk.archfixture.cycle.b.Second second;
}
