import { benchHostileInputs } from "../../scripts/bench/bench-hostile";
void benchHostileInputs();
