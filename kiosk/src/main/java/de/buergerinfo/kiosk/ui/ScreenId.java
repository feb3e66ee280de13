package de.buergerinfo.kiosk.ui;

/** Every screen of the terminal, with the hyphenated name used in file names and logs. */
public enum ScreenId {
  ATTRACT("attract"),
  LANGUAGE_CHOICE("language-choice"),
  HOME("home"),
  RESULTS("results"),
  LIFE_SITUATIONS("life-situations"),
  LIFE_SITUATION("life-situation"),
  FLOW_QUESTION("flow-question"),
  CHECKLIST("checklist"),
  SERVICE_DETAIL("service-detail"),
  BOOKING("booking"),
  TAKE_AWAY("take-away"),
  HELP("help"),
  GOODBYE("goodbye");

  private final String fileName;

  ScreenId(String fileName) {
    this.fileName = fileName;
  }

  /** Such as {@code language-choice}. */
  public String fileName() {
    return fileName;
  }
}
