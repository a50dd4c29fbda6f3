/** Time knowledge of one language (filled by the Time stage, issue 4). */
export interface TimeLexicon {
  /** Month names in all their forms → month number 1..12. */
  months: Record<string, number>;
  /** Weekday names in all their forms → ISO weekday 1 (Monday)..7. */
  weekdays: Record<string, number>;
}
